-- wrk script: a fixed mix of dateline API reads (search, phrase, filters,
-- paging, article view, timeline, relations, quotes, top entities).
-- Article ids come from the environment (DATELINE_IDS, comma-separated).
local ids = {}
for id in string.gmatch(os.getenv("DATELINE_IDS") or "", "[^,]+") do ids[#ids + 1] = id end
local paths = {
  "/api/search?q=oil",
  "/api/search?q=%22crude%20oil%22&from=1987-03-01&to=1987-06-30",
  "/api/search?q=coffee%20AND%20brazil&limit=50",
  "/api/search?q=bank&source=reuters&offset=40",
  "/api/search?q=opec%20-saudi",
  "/api/search?country=JPN&limit=20",
  "/api/search?entity=Reagan",
  "/api/search?q=shares&actor=USA",
  "/api/timeline?who=USA&limit=50",
  "/api/relations?a=USA&b=JPN&by=month",
  "/api/quotes?speaker=Baker",
  "/api/entities/top?limit=20",
  "/api/stats",
}
local i = 0
request = function()
  i = i + 1
  if #ids > 0 and i % 4 == 0 then
    return wrk.format("GET", "/api/articles/" .. ids[math.floor(i / 4) % #ids + 1])
  end
  return wrk.format("GET", paths[i % #paths + 1])
end
