# a settings dict where I forgot one value after the colon
settings = {
    "host": "localhost",
    "port": ,
    "debug": True,
}
print(settings["host"])
