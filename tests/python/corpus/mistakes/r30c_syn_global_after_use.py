# Using a name before declaring it global.
level = 1

def level_up():
    print("level", level)
    global level
    level += 1

level_up()
