# keeping a snapshot of the error log with deepcopy before clearing it
import copy

log = []
for text in ["12", "x", "", "7"]:
    try:
        int(text)
    except ValueError as e:
        log.append(e)
log.append(KeyError("user"))
snapshot = copy.deepcopy(log)
log.clear()
for e in snapshot:
    print(type(e).__name__, e.args, str(e))
print(len(snapshot), "errors saved")
