-- wrk script: wrk -s mixed.lua URL -- STUDENTS THREADS
-- The mixed student API load: 80% GET /api/v1/me/verification, 15% PUT /api/v1/me/verification
-- (a draft save with the version just read for that student) and 5% GET of a division cascade.
-- STUDENTS has one student a line: bearer token, application id, version and the save's JSON body,
-- tab separated, the body's version written as __VERSION__ and a changing value as __N__. The lines
-- are split between wrk's THREADS threads. A student has at most one request under way (a thread
-- takes its students in turn and skips one still waiting for its answer), so a 409 is a genuinely
-- stale version. done() prints the saves answered 200 and the 409s, which the benchmark checks
-- against the versions in the database afterwards (no lost save).
local counter = 0
local threads = {}
local parents = { "43", "4301", "11", "44", "4403", "51", "5101", "32" }

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  students = {}
  byApp = {}
  local i = 0
  local step = tonumber(args[2])
  for line in io.lines(args[1]) do
    if #line > 0 then
      if i % step == id then
        local token, app, version, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
        local s = { auth = "Bearer " .. token, app = app, body = body, version = version, since = nil, put = false }
        table.insert(students, s)
        byApp[app] = s
      end
      i = i + 1
    end
  end
  turn = 0
  draw = 0
  saves = 0
  conflicts = 0
end

local function nextStudent()
  local now = os.time()
  for _ = 1, #students do
    turn = turn % #students + 1
    local s = students[turn]
    -- a student whose answer did not come back (an error status) is free again after 5 s
    if s.since == nil or now - s.since > 5 then return s end
  end
  return nil
end

function request()
  draw = draw % 20 + 1
  local s = nextStudent()
  if draw == 1 or s == nil then
    -- (every student of this thread waiting for an answer: fewer students than connections)
    local any = s or students[1]
    return wrk.format("GET", "/api/v1/reference/divisions?parent=" .. parents[turn % #parents + 1],
      { Authorization = any.auth })
  end
  s.since = os.time()
  if draw <= 4 then
    s.put = true
    local body = s.body:gsub("__VERSION__", s.version):gsub("__N__", tostring(math.random(1, 999)))
    return wrk.format("PUT", "/api/v1/me/verification",
      { Authorization = s.auth, ["Content-Type"] = "application/json" }, body)
  end
  s.put = false
  return wrk.format("GET", "/api/v1/me/verification", { Authorization = s.auth })
end

function response(status, headers, body)
  if status == 409 then
    conflicts = conflicts + 1
    return
  end
  local app = body:match('^{"applicationId":(%d+)')
  local s = app and byApp[app]
  if s then
    s.version = body:match('"version":(%d+)')
    s.since = nil
    if s.put and status == 200 then saves = saves + 1 end
  end
end

function done(summary, latency, requests)
  local totalSaves, totalConflicts = 0, 0
  for _, thread in ipairs(threads) do
    totalSaves = totalSaves + thread:get("saves")
    totalConflicts = totalConflicts + thread:get("conflicts")
  end
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("BENCH saves=%d conflicts=%d\n", totalSaves, totalConflicts))
end
