"""``python -m warta.spark extract INPUT OUTPUT``, and the driver file for spark-submit.

spark-submit needs a ``.py`` file as its application; this one is installed with warta::

    spark-submit --master yarn ... "$(python -c 'import warta.spark.__main__ as m; print(m.__file__)')" \\
        extract hdfs:///news/ hdfs:///warta/events/
"""

from warta.cli.spark import spark_app

if __name__ == "__main__":
    spark_app(prog_name="warta spark")
