STOP = "stop"
GO = "go"

command = input() if False else "go"
match command:
    case STOP:
        print("stopping")
    case GO:
        print("going")
