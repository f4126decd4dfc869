// Function App on Flex Consumption (Linux, Node 22). Every app setting arrives in `appSettings`, built in
// main.bicep from the names in infra/app-settings.json; nothing is added here, so there is one list.
param planName string
param appName string
param location string
param tags object
param identityId string
param hostStorageBlobEndpoint string
param deploymentContainerName string
param appSettings object
@description('Browser origins allowed to call the API (the task pane and dashboard host).')
param corsAllowedOrigins array
param maximumInstanceCount int
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

// Empty values are left unset (e.g. the OpenAI settings when OpenAI is off) so config defaults apply.
var presentSettings = filter(items(appSettings), setting => !empty(setting.value))

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings resolve with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        allowedOrigins: corsAllowedOrigins
        supportCredentials: false
      }
      appSettings: [
        for setting in presentSettings: {
          name: setting.key
          value: setting.value
        }
      ]
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
