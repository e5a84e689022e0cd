/** AWS `SdkConfigurationProperty`. */
export interface SdkConfigurationProperty {
  name: string;
  friendlyName: string;
  description: string;
  required: boolean;
  defaultValue?: string;
}

/** AWS `SdkType`. */
export interface SdkType {
  id: string;
  friendlyName: string;
  description: string;
  configurationProperties: SdkConfigurationProperty[];
}

function property(name: string, friendlyName: string, description: string, required: boolean, defaultValue?: string): SdkConfigurationProperty {
  return defaultValue === undefined ? { name, friendlyName, description, required } : { name, friendlyName, description, required, defaultValue };
}

/** The SDK types API Gateway lists, with the configuration properties GetSdk takes for each (static, as on AWS). */
export const SDK_TYPES: readonly SdkType[] = Object.freeze([
  {
    id: 'android',
    friendlyName: 'Android',
    description: 'Android SDK for API Gateway APIs',
    configurationProperties: [
      property('groupId', 'Group ID', 'Group ID of the generated Maven artifact', true),
      property('invokerPackage', 'Invoker Package', 'Java package of the generated client classes', true),
      property('artifactId', 'Artifact ID', 'Artifact ID of the generated Maven artifact', true),
      property('artifactVersion', 'Artifact Version', 'Version of the generated Maven artifact', true),
    ],
  },
  { id: 'javascript', friendlyName: 'JavaScript', description: 'JavaScript SDK for API Gateway APIs', configurationProperties: [] },
  {
    id: 'ios-objective-c',
    friendlyName: 'iOS (Objective-C)',
    description: 'Objective-C SDK for API Gateway APIs on iOS',
    configurationProperties: [property('classPrefix', 'Prefix', 'Prefix of the generated class names', false)],
  },
  {
    id: 'java',
    friendlyName: 'Java',
    description: 'Java SDK for API Gateway APIs',
    configurationProperties: [
      property('serviceName', 'Service Name', 'Name of the generated client', true),
      property('javaPackageName', 'Java Package Name', 'Java package of the generated client classes', true),
      property('javaBuildSystem', 'Build System', 'maven or gradle', false, 'maven'),
      property('javaGroupId', 'Group ID', 'Group ID of the generated artifact', false),
      property('javaArtifactId', 'Artifact ID', 'Artifact ID of the generated artifact', false),
      property('javaArtifactVersion', 'Artifact Version', 'Version of the generated artifact', false, '1.0.0'),
    ],
  },
  {
    id: 'ruby',
    friendlyName: 'Ruby',
    description: 'Ruby SDK for API Gateway APIs',
    configurationProperties: [
      property('service.name', 'Service Name', 'Name of the generated client module', true),
      property('ruby.gem-name', 'Gem Name', 'Name of the generated gem', false),
      property('ruby.gem-version', 'Gem Version', 'Version of the generated gem', false, '1.0.0'),
    ],
  },
]);
