// Cosmos DB for NoSQL: serverless by default (a firm's load is spiky and small), Entra-only data access,
// continuous backup for point-in-time restore of the audit trail. Containers mirror infra/cosmos-layout.json
// (checked by infra/infra.test.ts): `ledger` is partitioned by tenant then client so a client's whole
// history is one logical partition; `firm` holds tenant-wide documents under the tenant id.
param accountName string
param location string
param tags object
param databaseName string
param serverless bool
@description('Shared autoscale ceiling (RU/s) for the database when serverless is false.')
param autoscaleMaxThroughput int
@description('Principals granted Cosmos DB Built-in Data Contributor (data plane RBAC).')
param dataContributorPrincipalIds array

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: serverless
      ? [
          {
            name: 'EnableServerless'
          }
        ]
      : []
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless
      ? {}
      : {
          autoscaleSettings: {
            maxThroughput: autoscaleMaxThroughput
          }
        }
  }
}

// Email bodies and drafts are large and never filtered on: keep them out of the index (cheaper writes).
resource ledger 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: 'ledger'
  properties: {
    resource: {
      id: 'ledger'
      partitionKey: {
        paths: [
          '/tenantId'
          '/clientId'
        ]
        kind: 'MultiHash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/body/?'
          }
          {
            path: '/bodyHtml/?'
          }
          {
            path: '/"_etag"/?'
          }
        ]
      }
    }
  }
}

// Model versions carry fitted coefficients and data summaries that are read whole, never queried.
resource firm 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: 'firm'
  properties: {
    resource: {
      id: 'firm'
      partitionKey: {
        paths: [
          '/tenantId'
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/body/?'
          }
          {
            path: '/model/*'
          }
          {
            path: '/"_etag"/?'
          }
        ]
      }
    }
  }
}

// Built-in "Cosmos DB Built-in Data Contributor": read/write items, no account management.
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource dataContributors 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [
  for principalId in dataContributorPrincipalIds: {
    parent: account
    name: guid(account.id, principalId, dataContributorRoleId)
    properties: {
      principalId: principalId
      roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
      scope: account.id
    }
  }
]

output accountName string = account.name
output endpoint string = account.properties.documentEndpoint
