# Listing the same base class twice when combining mixins
class LogMixin:
    def log(self, msg):
        print("log:", msg)

class Service(LogMixin):
    pass

class Api(Service, LogMixin, LogMixin):
    pass

Api().log("hi")
