// Azure Bot registration for the Teams channel. The bot's identity is a single-tenant Entra app
// registration (botAppId); its messaging endpoint is the Function App's /api/messages route.
param name string
param tags object
param botAppId string
param messagingEndpoint string
@allowed([
  'F0'
  'S1'
])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'Nudge'
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
