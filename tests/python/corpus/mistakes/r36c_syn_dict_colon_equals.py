# a settings dict written like keyword arguments
settings = {
    "workers" = 4,
    "delay" = 0.1,
}
print(settings)
