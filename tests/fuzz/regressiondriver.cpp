// SPDX-License-Identifier: Apache-2.0
// Runs a fuzz target's entry point over files, without libFuzzer: the normal
// (g++) build's ctest runs every target over its seed corpus and over the
// inputs that once crashed it, so those stay fixed.
// Usage: fuzzreg_TARGET DIR_OR_FILE...
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else if (QFileInfo::exists(path)) {
            files << path;
        }
    }
    files.sort();
    int ran = 0;
    for (const QString &path : std::as_const(files)) {
        if (QFileInfo(path).fileName() == QLatin1String("README.md") && path.contains(QLatin1String("/regressions/")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray data = f.readAll();
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++ran;
    }
    std::printf("%d inputs ran without a crash\n", ran);
    return ran > 0 ? 0 : 1;
}
