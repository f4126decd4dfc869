// Nudge in one resource group: Function App (Flex Consumption, Node 22) hosting the API, the Teams bot and
// the timers; Cosmos DB; static website for the task pane and dashboard; Azure Bot with the Teams channel;
// Key Vault; one user-assigned identity with least-privilege roles; optional Azure OpenAI.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/parameters.<env>.json (docs/deploy.md)
targetScope = 'resourceGroup'

@allowed([
  'local'
  'dev'
  'prod'
])
param environmentName string

@description('Region for everything except the bot (global); it must offer Flex Consumption.')
param location string = resourceGroup().location

@description('Client id of the single-tenant bot app registration; the manifest bot id must equal it.')
param botAppId string

@description('Client id of the Nudge API/SPA app registration (SSO, nested app auth); the token audience.')
param apiAppClientId string

@description('Entra tenants whose users may call the API.')
param authTenantIds array = [
  tenant().tenantId
]

@description('Object id of the person or pipeline deploying: may upload static files, set secrets, run imports.')
param deployerPrincipalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string = 'User'

@description('Serverless Cosmos DB (default); false provisions a shared autoscale database.')
param cosmosServerless bool = true
param cosmosAutoscaleMaxThroughput int = 1000

@description('Deploy an Azure OpenAI account and model for draft personalization.')
param enableOpenAI bool = false
param openAiLocation string = location
param openAiModelName string = 'gpt-4o-mini'
param openAiModelVersion string = '2024-07-18'
param openAiCapacity int = 30
param openAiApiVersion string = '2024-10-21'

@description('Use an OpenAI (not Azure) API key stored in Key Vault as secret "openai-api-key".')
param enableOpenAiApiKey bool = false
param openAiApiKeyModel string = 'gpt-4o-mini'

@description('Extra browser origins for the API, e.g. https://localhost:3000 in dev.')
param extraCorsOrigins array = []

@description('Microsoft Graph root; national clouds use their own (e.g. https://graph.microsoft.us/v1.0).')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

param functionMaximumInstanceCount int = 40
param functionInstanceMemoryMB int = 2048
param logRetentionInDays int = 90

@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

var token = uniqueString(subscription().id, resourceGroup().id, environmentName)
var tags = {
  app: 'nudge'
  env: environmentName
}
var cosmosDatabaseName = 'nudge'
var deploymentContainerName = 'app-package'
var keyVaultName = 'kv-nudge-${token}'
var keyVaultRef = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='
var openAiDeploymentName = 'drafting'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-nudge-${environmentName}-${token}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-nudge-${token}'
    appInsightsName: 'appi-nudge-${token}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    publisherPrincipalId: identity.outputs.principalId
  }
}

module hostStorage 'modules/host-storage.bicep' = {
  name: 'host-storage'
  params: {
    name: 'stnudge${token}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    appPrincipalId: identity.outputs.principalId
  }
}

module web 'modules/web-storage.bicep' = {
  name: 'web-storage'
  params: {
    name: 'stwebnudge${token}'
    location: location
    tags: tags
    uploaderPrincipalId: deployerPrincipalId
    uploaderPrincipalType: deployerPrincipalType
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: 'cosmos-nudge-${token}'
    location: location
    tags: tags
    databaseName: cosmosDatabaseName
    serverless: cosmosServerless
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    // The deployer gets data access too, so `npx nudge import` can load the history from a workstation.
    dataContributorPrincipalIds: empty(deployerPrincipalId)
      ? [
          identity.outputs.principalId
        ]
      : [
          identity.outputs.principalId
          deployerPrincipalId
        ]
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    officerPrincipalId: deployerPrincipalId
    officerPrincipalType: deployerPrincipalType
  }
}

module openAi 'modules/openai.bicep' = if (enableOpenAI) {
  name: 'openai'
  params: {
    name: 'oai-nudge-${token}'
    location: openAiLocation
    tags: tags
    deploymentName: openAiDeploymentName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    capacity: openAiCapacity
    userPrincipalId: identity.outputs.principalId
  }
}

// The single list of app settings: names must equal infra/app-settings.json (infra/infra.test.ts).
// An empty value means "leave unset" so the app's own default applies (function-app.bicep drops it).
var appSettings = {
  AzureWebJobsStorage__accountName: hostStorage.outputs.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  AZURE_CLIENT_ID: identity.outputs.clientId
  NUDGE_STORE: 'cosmos'
  NUDGE_PUBLIC_URL: 'https://${web.outputs.host}'
  COSMOS_ENDPOINT: cosmos.outputs.endpoint
  COSMOS_DATABASE: cosmosDatabaseName
  AUTH_TENANT_IDS: join(authTenantIds, ',')
  AUTH_AUDIENCE: apiAppClientId
  MicrosoftAppId: botAppId
  MicrosoftAppType: 'SingleTenant'
  MicrosoftAppTenantId: tenant().tenantId
  MicrosoftAppPassword: '${keyVaultRef}bot-app-password)'
  AZURE_OPENAI_ENDPOINT: enableOpenAI ? openAi.outputs.endpoint : ''
  AZURE_OPENAI_DEPLOYMENT: enableOpenAI ? openAiDeploymentName : ''
  AZURE_OPENAI_API_VERSION: openAiApiVersion
  OPENAI_API_KEY: enableOpenAiApiKey ? '${keyVaultRef}openai-api-key)' : ''
  OPENAI_MODEL: enableOpenAiApiKey ? openAiApiKeyModel : ''
  GRAPH_BASE_URL: graphBaseUrl
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    planName: 'plan-nudge-${token}'
    appName: 'func-nudge-${environmentName}-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    hostStorageBlobEndpoint: hostStorage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    appSettings: appSettings
    corsAllowedOrigins: concat(
      [
        'https://${web.outputs.host}'
      ],
      extraCorsOrigins
    )
    maximumInstanceCount: functionMaximumInstanceCount
    instanceMemoryMB: functionInstanceMemoryMB
  }
  dependsOn: [
    keyVault
  ]
}

// botbuilder's CloudAdapter is served by the Functions app at this route (bot/ and functions/).
var botMessagingEndpoint = 'https://${functionApp.outputs.defaultHostName}/api/messages'

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-nudge-${environmentName}-${token}'
    tags: tags
    botAppId: botAppId
    messagingEndpoint: botMessagingEndpoint
    sku: botSku
  }
}

// Outputs that fill manifest/env/.env.<env> (scripts/manifest/env-from-outputs.ts):
output TAB_DOMAIN string = web.outputs.host
output AAD_APP_CLIENT_ID string = apiAppClientId
output BOT_ID string = botAppId
// Outputs for the remaining deployment steps (docs/deploy.md):
output API_BASE_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
output BOT_MESSAGING_ENDPOINT string = bot.outputs.endpoint
output FUNCTION_APP_NAME string = functionApp.outputs.name
output WEB_STORAGE_ACCOUNT string = web.outputs.name
output KEY_VAULT_NAME string = keyVault.outputs.name
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output COSMOS_DATABASE string = cosmosDatabaseName
output APPINSIGHTS_NAME string = monitoring.outputs.appInsightsName
output LOG_ANALYTICS_WORKSPACE string = monitoring.outputs.workspaceName
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
