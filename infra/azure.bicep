// Azure resources for Utvalg, deployed by `teamsapp provision` (arm/deploy in teamsapp.yml):
//   - a user-assigned managed identity: the bot's identity AND the server's identity for Table storage,
//   - a Storage account whose Table service holds all data (no account keys: Entra ID only),
//   - the role assignment "Storage Table Data Contributor" for that identity on the account,
//   - a Linux App Service (Node 24 LTS) running the server (`node dist/bot/src/main.js`), which also
//     serves the tab at https://<host>/tab/,
//   - the Azure Bot resource (UserAssignedMSI) with the Microsoft Teams channel.
// Outputs are written back to env/.env.<env> by the Toolkit under the same (upper-case) names.
// Checked textually by tests/unit/deploy/toolkit-files.test.ts; no Bicep compiler runs in this repo's CI.

@description('Prefix for resource names: letters and digits, e.g. "utvalgdev".')
@minLength(3)
@maxLength(11)
param resourceBaseName string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is the smallest with Always On (reminders run in the server).')
param appServiceSku string = 'B1'

@description('Name Teams shows for the bot.')
@maxLength(42)
param botDisplayName string

@description('Azure Bot pricing tier. F0 is free and covers the Teams channel.')
param botSku string = 'F0'

@description('The Teams app id (teamsApp/create), for deep links.')
param teamsAppId string

@description('Client id of the tab\'s SSO app registration (aadApp/create).')
param aadAppClientId string

@description('Tenant of the SSO app registration: the Microsoft 365 tenant.')
param aadAppTenantId string

@description('Extra tenants allowed to call the tab API, comma-separated (usually empty: guests sign in through the host tenant).')
param allowedTenants string = ''

@description('Prefix of the table names.')
param tablePrefix string = 'utvalg'

// Signs the tab's short-lived download links (UTVALG_DOWNLOAD_LINK_KEY). Secure: never in deployment logs or outputs.
// Made afresh at each provision unless passed in: links live five minutes, so a new key voids only those in flight.
@description('Key for signed download links, at least 32 characters (default: made at deployment).')
@secure()
@minLength(32)
param downloadLinkKey string = '${newGuid()}${newGuid()}'

var unique = uniqueString(resourceGroup().id)
// Built-in role "Storage Table Data Contributor".
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  // 3–24 lower-case letters and digits, globally unique.
  name: take(toLower('${replace(resourceBaseName, '-', '')}${unique}'), 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The server uses its managed identity (DefaultAzureCredential), never account keys.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, tableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-${unique}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/bot/src/main.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/api/health'
    }
  }
}

// A separate resource so the settings can use the site's own host name without a cycle.
// This is every setting bot/src/config/settings.ts reads in production (the test checks it).
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    PORT: '8080'
    WEBSITES_PORT: '8080'
    // The zip from `teamsapp deploy` is already built (dist/, tab/dist/, production node_modules).
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    AZURE_STORAGE_TABLE_URL: storage.properties.primaryEndpoints.table
    // DefaultAzureCredential picks the user-assigned identity by its client id.
    AZURE_CLIENT_ID: identity.properties.clientId
    UTVALG_TABLE_PREFIX: tablePrefix
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: identity.properties.tenantId
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_APP_TENANT_ID: aadAppTenantId
    AAD_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/${aadAppClientId}'
    UTVALG_ALLOWED_TENANTS: allowedTenants
    UTVALG_PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    TEAMS_APP_ID: teamsAppId
    UTVALG_DOWNLOAD_LINK_KEY: downloadLinkKey
  }
  dependsOn: [tableDataContributor]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-${unique}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// Written back to env/.env.<env> under these names.
output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output AZURE_STORAGE_TABLE_URL string = storage.properties.primaryEndpoints.table
