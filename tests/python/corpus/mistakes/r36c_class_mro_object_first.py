# a mixin listed after object in the bases
class LogMixin:
    def log(self, msg):
        print(f"[{type(self).__name__}] {msg}")

class Service(object, LogMixin):
    def run(self):
        self.log("running")

Service().run()
