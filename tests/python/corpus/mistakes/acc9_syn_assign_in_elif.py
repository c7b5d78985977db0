# = instead of == in an elif condition.
def describe(status):
    if status == "done":
        return "finished"
    elif status = "pending":
        return "waiting"
    return "unknown"

print(describe("done"))
