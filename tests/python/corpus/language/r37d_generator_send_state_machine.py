# A traffic-light state machine written as a generator that receives events through send().
def light():
    state = "red"
    ticks = 0
    while True:
        event = yield f"{state}({ticks})"
        ticks += 1
        match (state, event):
            case ("red", "timer"):
                state, ticks = "green", 0
            case ("green", "timer") if ticks >= 2:
                state, ticks = "yellow", 0
            case ("yellow", "timer"):
                state, ticks = "red", 0
            case (_, "emergency"):
                state, ticks = "flashing", 0
            case ("flashing", "reset"):
                state, ticks = "red", 0
            case (_, "off"):
                return f"switched off in {state}"
            case _:
                pass

sm = light()
print(next(sm))
for ev in ["timer", "timer", "timer", "timer", "timer", "noise", "emergency", "timer", "reset", "timer"]:
    print(f"{ev:>9} -> {sm.send(ev)}")
try:
    sm.send("off")
except StopIteration as s:
    print(s.value)
print(sm.send("timer"))
