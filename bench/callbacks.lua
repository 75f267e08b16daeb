-- Pushes precomputed, distinct, encrypted CLICK events (bench/GeneratePushes.java) at /wx/portal/{appid}.
-- Each wrk thread takes every n-th line of PUSHES_FILE so no push is sent twice across threads.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file = os.getenv("PUSHES_FILE")
  local appid = os.getenv("WX_APPID")
  local total = tonumber(os.getenv("WRK_THREADS") or "2")
  pushes = {}
  local n = 0
  for line in io.lines(file) do
    if n % total == id then
      local tab = line:find("\t", 1, true)
      table.insert(pushes, { "/wx/portal/" .. appid .. "?" .. line:sub(1, tab - 1), line:sub(tab + 1) })
    end
    n = n + 1
  end
  next_push = 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/xml"
end

function request()
  local push = pushes[next_push]
  next_push = next_push + 1
  if next_push > #pushes then
    wrapped = true
    next_push = 1
  end
  return wrk.format(nil, push[1], nil, push[2])
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    if thread:get("wrapped") then io.write("wrapped around its pushes: some were sent twice\n") end
  end
  io.write(string.format("callbacks/s %.0f  p99 %.1f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
