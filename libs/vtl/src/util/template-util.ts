import { VtlRenderError } from '../vtl-errors';
import { parseJsonValue } from '../json/parse-json';
import { HostObject } from '../values/host-object';
import { toText } from '../values/java-text';
import { escapeJavaScript } from './escape-java-script';
import { urlDecode, urlEncode } from './url-codec';

/** `$util`: the six functions AWS supports. Any other name renders empty, as on AWS. */
export class TemplateUtil extends HostObject {
  getProperty(): unknown {
    return undefined;
  }

  invoke(name: string, args: readonly unknown[]): unknown {
    const arg = args[0];
    const text = arg === null || arg === undefined ? undefined : toText(arg);
    switch (name) {
      case 'escapeJavaScript':
        return text === undefined ? undefined : escapeJavaScript(text);
      case 'parseJson':
        return text === undefined ? undefined : parseJson(text);
      case 'urlEncode':
        return text === undefined ? '' : urlEncode(text);
      case 'urlDecode':
        return text === undefined ? '' : urlDecode(text);
      case 'base64Encode':
        return text === undefined ? '' : Buffer.from(text, 'utf8').toString('base64');
      case 'base64Decode':
        return text === undefined ? '' : Buffer.from(text, 'base64').toString('utf8');
      default:
        return undefined;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return parseJsonValue(text);
  } catch (error) {
    throw new VtlRenderError(`$util.parseJson: invalid JSON: ${(error as Error).message}`);
  }
}

/** Stateless, so one instance serves every render. */
export const TEMPLATE_UTIL = new TemplateUtil();
