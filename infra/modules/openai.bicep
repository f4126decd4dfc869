// Optional Azure OpenAI account + one chat model deployment. Key auth is off; the app's identity gets
// "Cognitive Services OpenAI User" (inference only). Without it, Nudge drafts from its templates.
param name string
param location string
param tags object
param deploymentName string
param modelName string
param modelVersion string
@description('Tokens-per-minute capacity in thousands for the GlobalStandard deployment.')
param capacity int
param userPrincipalId string

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    // A custom subdomain is required for Entra (token) authentication.
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: 'GlobalStandard'
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

var openAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource user 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, userPrincipalId, openAiUser)
  scope: account
  properties: {
    principalId: userPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUser)
  }
}

output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
