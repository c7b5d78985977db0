# A match statement without a colon.
command = "go"
match command
    case "go":
        print("going")
