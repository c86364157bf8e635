// Azure resources for Utvalg. First version: the Storage account whose Table
// service holds all data. App Service, Azure Bot, managed identity and role
// assignment follow with the packaging work (issue 5).

@description('Prefix for resource names, e.g. "utvalg".')
@minLength(3)
@maxLength(11)
param resourceBaseName string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: toLower('${resourceBaseName}${uniqueString(resourceGroup().id)}')
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The server uses its managed identity (DefaultAzureCredential), never account keys.
    allowSharedKeyAccess: false
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

output AZURE_STORAGE_TABLE_URL string = storage.properties.primaryEndpoints.table
