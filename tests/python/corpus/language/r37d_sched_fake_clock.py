# Simulating a day of reminders with sched.scheduler and a fake clock, so nothing really waits.
import sched

now = [0.0]
def clock():
    return now[0]
def fake_sleep(dt):
    now[0] += dt

s = sched.scheduler(clock, fake_sleep)
def remind(msg):
    print(f"t={clock():5.1f} {msg}")

s.enter(9, 1, remind, ("standup",))
s.enter(12.5, 2, remind, ("lunch",))
s.enter(12.5, 1, remind, ("lunch (priority 1 first)",))
cancel_me = s.enter(15, 1, remind, ("never shown",))
s.enterabs(17, 1, remind, kwargs={"msg": "go home"})
print(len(s.queue), s.empty(), [e.time for e in s.queue])
s.cancel(cancel_me)
print([e.argument or e.kwargs for e in s.queue])
s.run()
print("done at", clock(), s.empty())
def chain(n):
    print(f"t={clock():5.1f} chain {n}")
    if n:
        s.enter(0.5, 1, chain, (n - 1,))
s.enter(1, 1, chain, (2,))
s.run()
s.cancel(cancel_me)
