// Storage account whose static website ($web) serves taskpane.html, dashboard.html and their assets.
// ARM cannot switch the static website on (it is a data-plane setting): docs/deploy.md runs
// `az storage blob service-properties update --static-website` once after the first deployment.
param name string
param location string
param tags object
@description('Object id allowed to upload the static files (Storage Blob Data Contributor); empty to skip.')
param uploaderPrincipalId string
param uploaderPrincipalType string

resource web 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // The static website endpoint is public by design; containers themselves stay private.
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource uploader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(uploaderPrincipalId)) {
  name: guid(web.id, uploaderPrincipalId, storageBlobDataContributor)
  scope: web
  properties: {
    principalId: uploaderPrincipalId
    principalType: uploaderPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

output name string = web.name
@description('Host of the static website, e.g. stwebnudgeabc.z6.web.core.windows.net (manifest TAB_DOMAIN).')
output host string = replace(replace(web.properties.primaryEndpoints.web, 'https://', ''), '/', '')
