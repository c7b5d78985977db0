# Mistake: return written at the class level, as if the class were a function.
class Config:
    debug = True
    level = 3
    if debug:
        return level

print(Config.level)
