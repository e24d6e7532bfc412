//! Messages of the matrix share link (docs/formats.md#matrix-share-links), in both languages:
//! why a link cannot be opened, and why none was made.

use crate::i18n::Localize;
use crate::lang::Lang;
use crate::state::matrix_link::{LinkError, MAX_LINK_CHARS, PARAM, ShareLinkError};

impl Localize for ShareLinkError {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ru, Self::Empty) => "в ссылке нет матрицы".into(),
            (Lang::Ru, Self::NotBase64 { position }) => format!(
                "в ссылке есть символы, которых в ссылке на матрицу не бывает (символ {} после «{}=»)",
                position.saturating_add(1),
                PARAM
            ),
            (Lang::Ru, Self::BadLength | Self::Truncated) => {
                "ссылка обрезана или повреждена: скопируйте её целиком".into()
            }
            (Lang::Ru, Self::NotDeflate) => "в ссылке нет сжатой матрицы".into(),
            (Lang::Ru, Self::TooLarge) => "матрица в ссылке больше 1 МиБ".into(),
            (Lang::Ru, Self::NotUtf8) => "матрица в ссылке не является текстом UTF-8".into(),
            (Lang::Ru, Self::Unsupported) => {
                "этот браузер не умеет открывать сжатые ссылки; попросите файл матрицы".into()
            }
            (Lang::En, Self::Empty) => "the link holds no matrix".into(),
            (Lang::En, Self::NotBase64 { position }) => format!(
                "the link holds characters a share link never has (character {} after “{}=”)",
                position.saturating_add(1),
                PARAM
            ),
            (Lang::En, Self::BadLength | Self::Truncated) => {
                "the link is cut short or damaged: copy all of it again".into()
            }
            (Lang::En, Self::NotDeflate) => "the link does not hold a compressed matrix".into(),
            (Lang::En, Self::TooLarge) => "the matrix in the link is larger than 1 MiB".into(),
            (Lang::En, Self::NotUtf8) => "the matrix in the link is not UTF-8 text".into(),
            (Lang::En, Self::Unsupported) => {
                "this browser cannot open compressed links; ask for the file instead".into()
            }
        }
    }
}

impl Localize for LinkError {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ru, Self::TooLong { chars }) => format!(
                "ссылка вышла бы длиной {chars} символов, а допустимо не более {MAX_LINK_CHARS}: скачайте файл матрицы и отправьте его"
            ),
            (Lang::Ru, Self::Unsupported) => {
                "этот браузер не умеет сжимать ссылки: скачайте файл матрицы и отправьте его".into()
            }
            (Lang::Ru, Self::Failed(_)) => {
                "ссылку сделать не удалось: скачайте файл матрицы и отправьте его".into()
            }
            (Lang::En, Self::TooLong { chars }) => format!(
                "the link would be {chars} characters long, more than the {MAX_LINK_CHARS} allowed: download the matrix file and send it instead"
            ),
            (Lang::En, Self::Unsupported) => {
                "this browser cannot compress links: download the matrix file and send it instead"
                    .into()
            }
            (Lang::En, Self::Failed(_)) => {
                "the link could not be made: download the matrix file and send it instead".into()
            }
        }
    }
}
