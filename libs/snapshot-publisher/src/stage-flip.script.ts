/**
 * Sets the stage record and publishes the change in one step, unless Redis holds a record with a newer
 * `updatedAt` (a job that ran late must not roll a stage back). Only one key is touched, so it is
 * Redis Cluster safe. Returns 1 when the record was written, 0 when it was stale.
 *
 * KEYS[1] stage key; ARGV[1] record JSON; ARGV[2] its updatedAt; ARGV[3] channel; ARGV[4] change JSON.
 */
export const STAGE_FLIP_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if current then
  local ok, decoded = pcall(cjson.decode, current)
  if ok and type(decoded) == 'table' and type(decoded.updatedAt) == 'number'
     and decoded.updatedAt > tonumber(ARGV[2]) then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('PUBLISH', ARGV[3], ARGV[4])
return 1
`;
