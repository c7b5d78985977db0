# Removing expired sessions from a dict while looping over it
sessions = {"a": 5, "b": 0, "c": 2, "d": 0}
for sid, ttl in sessions.items():
    if ttl == 0:
        del sessions[sid]
print(sessions)
