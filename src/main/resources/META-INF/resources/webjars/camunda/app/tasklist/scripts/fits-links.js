// A link from Tasklist's header to the school's own pages (Camunda's supported customisation: a custom script named
// in config.js, giving a plugin for the header's action point). The pages link back to Tasklist.
export default {
  id: 'fits.pages',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/pages/my-reports';
    link.className = 'fits-my-reports';
    link.textContent = 'My reports';
    node.appendChild(link);
  }
};
