# super() called inside a nested helper function in a method.
class Logger:
    def log(self, msg):
        return "LOG " + msg

class TimedLogger(Logger):
    def log(self, msg):
        def stamp(m):
            return super().log("[t] " + m)
        return stamp(msg)

print(TimedLogger().log("start"))
