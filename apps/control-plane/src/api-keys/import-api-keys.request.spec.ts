import { parseApiKeyFile } from './import-api-keys.request';

const KEY1 = 'apikey1234abcdefghij0123456789';
const KEY2 = 'apikey1234abcdefghij9876543210';

describe('parseApiKeyFile (AWS "API key file format")', () => {
  it.each([
    ['minimal Key,name', `Key,name\n${KEY1},MyFirstApiKey\n`, [{ name: 'MyFirstApiKey', value: KEY1, description: '', enabled: true, usagePlanIds: [] }]],
    ['all columns, any case', `Name,key,description,Enabled,usageplanIds\nMyFirstApiKey,${KEY1},An imported key,TRUE,c7y23b\n`,
      [{ name: 'MyFirstApiKey', value: KEY1, description: 'An imported key', enabled: true, usagePlanIds: ['c7y23b'] }]],
    ['quoted plan list', `Enabled,Name,key,UsageplanIds\nfalse,MyFirstApiKey,${KEY1},"c7y23b,glvrsr"\n`,
      [{ name: 'MyFirstApiKey', value: KEY1, description: '', enabled: false, usagePlanIds: ['c7y23b', 'glvrsr'] }]],
    ['single quotes, CRLF, unknown column, no final newline', `name,key,usageplanids,color\r\na,${KEY1},'p1,p2',blue\r\nb,${KEY2},,red`,
      [{ name: 'a', value: KEY1, description: '', enabled: true, usagePlanIds: ['p1', 'p2'] }, { name: 'b', value: KEY2, description: '', enabled: true, usagePlanIds: [] }]],
    ['doubled quotes inside a quoted value', `name,key,description\nx,${KEY1},"say ""hi"", twice"\n`,
      [{ name: 'x', value: KEY1, description: 'say "hi", twice', enabled: true, usagePlanIds: [] }]],
  ])('%s', (_case, text, expected) => {
    const parsed = parseApiKeyFile(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.keys.map(({ line: _line, ...key }) => key)).toEqual(expected);
  });

  it('turns bad rows into warnings with their line numbers', () => {
    const parsed = parseApiKeyFile(`name,key,enabled\nok,${KEY1},true\nshort,abc,true\nflag,${KEY2},maybe\n`);
    expect(parsed.keys.map((k) => k.line)).toEqual([2]);
    expect(parsed.warnings).toEqual(['Line 3: API Key value should be at least 20 characters', "Line 4: Invalid Enabled value 'maybe'"]);
  });

  it.each([
    ['an empty file', '', 'Invalid API key file: it is empty'],
    ['a header without Key', 'name,description\nx,y\n', 'Invalid API key file: the header must contain the Name and Key columns'],
    ['an unterminated quote', `name,key\n"x,${KEY1}\n`, 'Invalid API key file: unterminated quoted value starting on line 2'],
  ])('rejects %s', (_case, text, message) => {
    expect(() => parseApiKeyFile(text)).toThrow(message);
  });
});
