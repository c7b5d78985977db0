# A bug inside an except block gives two tracebacks.
def load(config):
    try:
        return config["port"]
    except KeyError:
        print("missing port, using " + 8080)

load({})
