-- wrk script: wrk -s rotate.lua URL -- CREDENTIALS THREADS [USER-AGENT]
-- Every request carries the next credential of the file CREDENTIALS (one "Header: value" a line,
-- e.g. "Authorization: Bearer …" or "Cookie: JSESSIONID=…"); the lines are split between wrk's
-- THREADS threads, so no two threads share a user. USER-AGENT, when given, is sent on every request.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local lines = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(lines, line) end
  end
  local step = tonumber(args[2])
  requests = {}
  for i = id + 1, #lines, step do
    local name, value = lines[i]:match("^([^:]+):%s*(.*)$")
    local headers = { [name] = value }
    if args[3] then headers["User-Agent"] = args[3] end
    table.insert(requests, wrk.format("GET", wrk.path, headers))
  end
  next_request = 0
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function done(summary, latency, requests)
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
