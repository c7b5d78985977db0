# The sched module running timed events in order of time and priority (with short delays)
import sched, time

log = []
s = sched.scheduler(time.monotonic, time.sleep)
start = time.monotonic()

def event(name):
    log.append(name)
    print("event", name)

s.enter(0.2, 1, event, ("late",))
s.enter(0.1, 2, event, ("early-low-priority",))
s.enter(0.1, 1, event, ("early-high-priority",))
e = s.enter(0.15, 1, event, ("cancelled",))
s.enterabs(start + 0.05, 1, event, argument=("absolute",))
s.cancel(e)
print(len(s.queue), s.empty())
s.run()
print(log, s.empty())
print(round(time.monotonic() - start, 1) >= 0.2)
