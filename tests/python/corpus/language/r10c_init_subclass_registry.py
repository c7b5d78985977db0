class Command:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Command.registry:
            raise ValueError(f"duplicate command {key!r}")
        Command.registry[key] = cls
        print(f"registered {key} -> {cls.__qualname__}")

    def run(self):
        raise NotImplementedError(type(self).__name__)

class Start(Command):
    def run(self):
        return "starting"

class Stop(Command, name="halt"):
    def run(self):
        return "stopping"

class Pause(Command):
    pass

for key in sorted(Command.registry):
    cmd = Command.registry[key]()
    try:
        print(key, cmd.run())
    except NotImplementedError as e:
        print(key, "not implemented:", e)

try:
    class Again(Command, name="start"):
        pass
except ValueError as e:
    print(e)

class Bad(Command, colour="red"):
    pass
