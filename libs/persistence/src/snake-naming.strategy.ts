import { createHash } from 'node:crypto';
import { DefaultNamingStrategy, type Table, type View } from 'typeorm';

/** Postgres truncates identifiers at 63 bytes; long names keep a readable head plus a short hash. */
const MAX_IDENTIFIER = 63;

export function snakeCase(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
}

function bareTableName(tableOrName: Table | View | string): string {
  const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
  return name.split('.').pop() ?? name;
}

function constraintName(prefix: string, tableOrName: Table | View | string, columns: string[], extra = ''): string {
  const full = [prefix, bareTableName(tableOrName), ...columns.map(snakeCase)].join('_');
  if (full.length <= MAX_IDENTIFIER && !extra) return full;
  const digest = createHash('sha256').update(full + extra).digest('hex').slice(0, 8);
  return `${full.slice(0, MAX_IDENTIFIER - 9)}_${digest}`;
}

/** snake_case tables/columns and pk_/fk_/uq_/idx_/chk_ constraint names, so migrations read like the schema. */
export class SnakeNamingStrategy extends DefaultNamingStrategy {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? snakeCase(targetName.replace(/Entity$/, ''));
  }

  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    return snakeCase([...embeddedPrefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override primaryKeyName(tableOrName: Table | string, _columnNames: string[]): string {
    return `pk_${bareTableName(tableOrName)}`;
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return constraintName('uq', tableOrName, columnNames);
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[], _referencedTablePath?: string, _referencedColumnNames?: string[]): string {
    return constraintName('fk', tableOrName, columnNames);
  }

  override indexName(tableOrName: Table | View | string, columns: string[], where?: string): string {
    return constraintName('idx', tableOrName, columns, where ?? '');
  }

  override relationConstraintName(tableOrName: Table | string, columnNames: string[], where?: string): string {
    return constraintName('uq', tableOrName, columnNames, where ?? '');
  }

  override checkConstraintName(tableOrName: Table | string, expression: string, isEnum?: boolean): string {
    return constraintName('chk', tableOrName, [], `${expression}${isEnum ? ':enum' : ''}`);
  }
}
