# a logging mixin that I listed twice by accident while reordering
class LogMixin:
    def log(self, msg):
        print("[log]", msg)

class Service(LogMixin, LogMixin):
    pass

Service().log("hi")
