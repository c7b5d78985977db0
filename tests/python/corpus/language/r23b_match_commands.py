inventory = {"lamp": 1}
room = "hall"

def run(line):
    global room
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            room = direction + " room"
            return f"you walk {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            for it in items:
                inventory[it] = inventory.get(it, 0) + 1
            return f"took {', '.join(items)}"
        case ["drop", item] if item in inventory:
            del inventory[item]
            return f"dropped {item}"
        case ["drop", item]:
            return f"no {item} to drop"
        case ["look"] | ["l"]:
            return f"you are in the {room}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [cmd, *_]:
            return f"unknown command {cmd!r}"

for line in ["look", "go north", "l", "go up", "take sword key", "take", "drop lamp",
             "drop lamp", "", "dance wildly", "exit"]:
    print(f"{line!r:18} {run(line)}")
print(inventory)

match 5:
    case x if x > 10:
        print("big")
    case x:
        print("bound x =", x)
print("x after match:", x)
value = 3
match 3:
    case value:
        print("capture pattern rebinds value:", value)
