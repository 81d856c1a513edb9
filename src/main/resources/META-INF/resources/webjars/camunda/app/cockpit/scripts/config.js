// FITS Flow's configuration of Cockpit (administrators): FITS Flow's name instead of Camunda's.
export default {
  app: {
    vendor: 'FITS Flow',
    name: 'Cockpit'
  }
};
