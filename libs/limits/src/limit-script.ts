/**
 * The limits script: one atomic Redis call per request. Redis runs a script alone, so the read-decide-
 * write below cannot interleave with another data plane's call; that is what keeps buckets and quotas
 * exact across processes.
 *
 * KEYS: n token buckets, then the quota counter (if a quota is checked), then the usage day hash (if usage
 *       is counted). All share the account hash tag, so the script also runs on Redis Cluster.
 * ARGV: [1] now (ms, caller's clock)  [2] n  [3] quota limit or ''  [4] quota counter expire-at (ms)
 *       [5] usage field or ''  [6] usage ttl (s)  then rate, burst for each bucket.
 * A bucket is a string `tokens:stampMs`, so one MGET reads all of them and one SET PX writes each: fewer
 * commands per call than hashes, which is what bounds Redis's throughput here.
 * Reply: {1, quotaRemaining or -1}        admitted, everything counted
 *        {0, 1, retryAfterMs or -1, i}    throttled by bucket i (the longest wait); nothing changed
 *        {0, 2}                           quota exhausted; nothing changed
 */
export const LIMIT_SCRIPT = `
local now, n = tonumber(ARGV[1]), tonumber(ARGV[2])
local quotaLimit = tonumber(ARGV[3])
local reads = n
if quotaLimit then reads = n + 1 end
local state = {}
if reads > 0 then state = redis.call('MGET', unpack(KEYS, 1, reads)) end

-- Phase 1: decide. A rejected request must not take tokens or count, so nothing is written until every
-- bucket and the quota have said yes.
local level, stamp = {}, {}
local throttledBy, retryAfter = 0, -1
for i = 1, n do
  local rate, burst = tonumber(ARGV[5 + 2 * i]), tonumber(ARGV[6 + 2 * i])
  -- A missing bucket is a full one: buckets expire only once they would have refilled completely.
  local tokens, ts = burst, now
  if state[i] then
    local sep = string.find(state[i], ':', 1, true)
    local saved, savedTs = tonumber(string.sub(state[i], 1, sep - 1)), tonumber(string.sub(state[i], sep + 1))
    -- Another data plane's clock may run slightly ahead: never refill for negative time, keep the later stamp.
    tokens = math.min(burst, saved + math.max(0, now - savedTs) * rate / 1000)
    ts = math.max(savedTs, now)
  end
  if tokens < 1 then
    local wait = -1 -- never refills
    if rate > 0 and burst >= 1 then wait = math.ceil((1 - tokens) * 1000 / rate) end
    if throttledBy == 0 or wait == -1 or (retryAfter ~= -1 and wait > retryAfter) then
      throttledBy, retryAfter = i, wait
    end
  end
  level[i], stamp[i] = tokens, ts
end
if throttledBy > 0 then return {0, 1, retryAfter, throttledBy} end
if quotaLimit and (tonumber(state[n + 1]) or 0) >= quotaLimit then return {0, 2} end

-- Phase 2: admitted. Take a token everywhere, count the quota and the usage record.
for i = 1, n do
  local rate, burst = tonumber(ARGV[5 + 2 * i]), tonumber(ARGV[6 + 2 * i])
  local ttl = 86400000
  if rate > 0 then ttl = math.ceil(burst * 1000 / rate) + 1000 end
  redis.call('SET', KEYS[i], tostring(level[i] - 1) .. ':' .. string.format('%d', stamp[i]), 'PX', ttl)
end
local remaining, k = -1, n
if quotaLimit then
  k = n + 1
  remaining = quotaLimit - redis.call('INCR', KEYS[k])
  if not state[k] then redis.call('PEXPIREAT', KEYS[k], ARGV[4]) end
end
if ARGV[5] ~= '' then
  if redis.call('HINCRBY', KEYS[k + 1], ARGV[5], 1) == 1 then redis.call('EXPIRE', KEYS[k + 1], ARGV[6]) end
end
return {1, remaining}
`;
