# Matching against a plain variable captures instead of comparing.
RED = "red"
GREEN = "green"

def react(color):
    match color:
        case RED:
            return "stop"
        case GREEN:
            return "go"

print(react("green"))
