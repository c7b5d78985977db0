# A bare * followed directly by **kwargs.
def configure(*, **options):
    return options

print(configure(a=1))
