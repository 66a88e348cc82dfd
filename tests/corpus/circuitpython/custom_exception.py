class SensorError(Exception):
    pass


def read():
    raise SensorError("sensor not responding")


read()
