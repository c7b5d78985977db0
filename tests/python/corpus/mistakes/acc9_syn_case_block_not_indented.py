# A case body not indented.
cmd = "go"
match cmd:
    case "go":
    print("going")
