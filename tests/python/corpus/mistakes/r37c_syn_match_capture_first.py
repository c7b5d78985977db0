# matching a command; the catch-all case is written first by accident
def run(cmd):
    match cmd:
        case other:
            return f"unknown {other}"
        case "start":
            return "starting"
        case "stop":
            return "stopping"

for c in ["start", "jump"]:
    print(run(c))
