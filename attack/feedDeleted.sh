#!/bin/sh
# Probe: a calendar's feed after the calendar is deleted (and after an event is deleted), within the
# feed's 5-minute cache. Usage: B=http://127.0.0.1:4711 sh attack/feedDeleted.sh  (per-header sandbox)
B=${B:-http://127.0.0.1:4711}; A="x-sandbox-account: atk-del-$$"
post() { curl -s -XPOST "$B/api$1" -H 'content-type: application/json' -H "$A" -d "$2"; }
CAL=$(post /calendar/create '{"cal_name":"Doomed","timezone":"Asia/Shanghai","workdays":[1,2,3,4,5]}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.cal_id')
EV=$(post /calendar/event/upsert "{\"cal_id\":\"$CAL\",\"summary\":\"Secret offsite\",\"start_at\":\"2026-12-01\",\"end_at\":\"2026-12-02\",\"is_off\":true}" | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.event_id')
P=$(post /panel/feed-url "{\"cal_id\":\"$CAL\"}" | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.path')
echo "feed before:  $(curl -s -o /dev/null -w '%{http_code}' "$B/$P"), holds event: $(curl -s "$B/$P" | grep -c 'Secret offsite')"
post /calendar/event/delete "{\"cal_id\":\"$CAL\",\"event_id\":\"$EV\"}" >/dev/null
echo "after event delete: holds event: $(curl -s "$B/$P" | grep -c 'Secret offsite')"
post /calendar/delete "{\"cal_id\":\"$CAL\"}"; echo
echo "after calendar delete: $(curl -s -o /dev/null -w '%{http_code}' "$B/$P") (README: a deleted calendar gets 404)"
