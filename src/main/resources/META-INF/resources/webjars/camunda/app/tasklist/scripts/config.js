// FITS Flow's Tasklist configuration (Camunda's supported customisation: app/tasklist/scripts/config.js, served in
// place of the one in Camunda's webapp jar). The header and the browser tab show the school's name and FITS Flow's,
// which come from the running service (fits-brand.js), so one build serves every school.
import brand from './fits-brand.js';

export default {
  app: brand,

  // The header's link to the school's own pages ("My reports").
  customScripts: ['scripts/fits-links.js'],

  // Camunda's keyboard shortcuts, kept as Tasklist ships them.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
