class Plugin:
    def load(self):
        return "plugin"


class AsyncPlugin(Plugin):
    async def aload(self):
        return "async plugin"


class LoggingMixin:
    def log(self, msg):
        print(f"[{type(self).__name__}] {msg}")


class Fetcher(LoggingMixin, AsyncPlugin):
    pass


print(Fetcher().load())


class Downloader(Plugin, AsyncPlugin, LoggingMixin):
    pass


print(Downloader().load())
