// FITS Flow's configuration of Camunda's welcome page (where the server's address leads): the same name as Tasklist.
import brand from './fits-brand.js';

export default {
  app: brand
};
