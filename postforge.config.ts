import { defineConfig } from './generator/config.js';

const zohoDataCentres = ['us', 'eu', 'au', 'in', 'cn', 'jp'].map((dc) => `collections/environments/zoho-${dc}.postman_environment.json`);

export default defineConfig({
  collections: [
    // foldFolders 'all': asked for here, so the locked `convertLead.convertLead` becomes `convertLead`.
    { input: 'collections/zoho-crm.postman_collection.json', environments: zohoDataCentres, foldFolders: 'all' },
    { input: 'collections/zoho-bigin.postman_collection.json', environments: zohoDataCentres },
  ],
});
