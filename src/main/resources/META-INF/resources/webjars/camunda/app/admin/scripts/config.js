// FITS Flow's configuration of Admin (administrators): FITS Flow's name instead of Camunda's.
export default {
  app: {
    vendor: 'FITS Flow',
    name: 'Admin'
  }
};
